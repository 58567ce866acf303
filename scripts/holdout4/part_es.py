from common import *

# ---------------------------------------------------------------- requests
add("es-01-acceso-bonobus", "Lucía Martín Ortega <lucia.martin.ortega@correo.example>",
    "datos tarjeta transporte",
    "Hola, quiero una copia de todos los datos que tenéis de mi tarjeta de transporte (número 0045 8812 3390). Gracias.\n\nLucía\n",
    R(["Access"], "lucia.martin.ortega@correo.example", "Lucía", "Martín Ortega"))

add("es-02-baja-newsletter-libreria", "Jordi Puig i Vidal <jpuigvidal@mailbox.example>",
    "Baja de la newsletter",
    "Buenos días:\n\nLlevo semanas recibiendo cada día tres correos de ofertas de la librería. Por favor, dadme de baja de todas vuestras listas de correo comerciales. No quiero recibir más publicidad.\n\nUn saludo,\nJordi Puig i Vidal\n",
    R(["Opposition"], "jpuigvidal@mailbox.example", "Jordi", "Puig i Vidal"))

add("es-03-borrar-cuenta-typos", "manolo_gr83@webmail.example",
    "borrar cuenta",
    "hola kiero q borreis mi cuenta de la libreria online ya no compro nada alli y no quiero q tengais mis datos gracias manuel garcia ruiz\n",
    R(["Erasure"], "manolo_gr83@webmail.example", "Manuel", "García Ruiz"))

add("es-04-multa-autobus-enfadada", "Rosario Fernández Gil <rosario.fgil@correo.example>",
    "Reclamación multa línea 27 - EXIJO EXPLICACIONES",
    "Muy señores míos:\n\n"
    "Les escribo indignada. El pasado 3 de noviembre subí al autobús de la línea 27 en la parada de la Plaza Mayor con mi tarjeta mensual recargada (pagué 42 EUR el día 1, tengo el justificante). La validadora no funcionaba, se lo dije al conductor, que me hizo un gesto para que pasara. Dos paradas después subió un revisor que, delante de todo el mundo, me trató como a una delincuente y me puso una multa de 100 EUR. Tengo 67 años y nunca en mi vida me había pasado algo así.\n\n"
    "He presentado una reclamación en la oficina de atención al cliente y me dicen que no pueden hacer nada. Pues bien: sé que los autobuses llevan cámaras. Como establece la ley de protección de datos, solicito que me faciliten una copia de las imágenes de la cámara del autobús en las que aparezco, del 3 de noviembre entre las 8:10 y las 8:30, y también los datos que tengan de mi tarjeta ese día (las validaciones). Con eso demostraré que le enseñé la tarjeta al conductor.\n\n"
    "Además quiero que sepan que voy a ir a la Oficina del Consumidor y, si hace falta, a los periódicos. Es una vergüenza cómo tratan a los usuarios que pagamos religiosamente cada mes.\n\n"
    "Atentamente,\nRosario Fernández Gil\nDNI 12345678-Z\nC/ de los Olmos 14, 3º B\n",
    R(["Access"], "rosario.fgil@correo.example", "Rosario", "Fernández Gil"),
    encode="latin-1", ct=LATIN1)

add("es-05-formal-art15-17", "Alejandro Sánchez de la Fuente <a.sanchezdelafuente@despacho-personal.example>",
    "Ejercicio de los derechos de acceso y supresión (arts. 15 y 17 RGPD)",
    "A la atención del Delegado de Protección de Datos de Acme Group\n\n"
    "D. Alejandro Sánchez de la Fuente, mayor de edad, con DNI 50123456-K y domicilio a efectos de notificaciones en Calle Serrano 88, 28006 Madrid, por medio del presente escrito ejerce:\n\n"
    "1. El derecho de acceso reconocido en el artículo 15 del Reglamento (UE) 2016/679 y en el artículo 13 de la Ley Orgánica 3/2018 (LOPDGDD), solicitando copia de los datos personales objeto de tratamiento, finalidades, destinatarios y plazo de conservación.\n"
    "2. Una vez facilitada dicha información, el derecho de supresión del artículo 17 RGPD respecto de todos los datos vinculados a mi condición de antiguo usuario del espacio de coworking.\n\n"
    "Se acompaña copia del DNI. Ruego contestación en el plazo de un mes previsto en el artículo 12.3 RGPD.\n\n"
    "En Madrid, a 14 de noviembre de 2026.\n\nFdo.: Alejandro Sánchez de la Fuente\n",
    R(["Access", "Erasure"], "a.sanchezdelafuente@despacho-personal.example", "Alejandro", "Sánchez de la Fuente"))

add("es-06-rectificar-direccion-vet", "Carmen López Navarro <carmenln@correo.example>",
    "Cambio de dirección - ficha de mi perra Luna",
    "Hola,\n\nMe he mudado y en la clínica veterinaria siguen teniendo mi dirección antigua (las cartas de vacunación llegan al piso viejo). ¿Pueden corregirla en mi ficha? La nueva es Avenida de la Constitución 21, 4º izq., 41001 Sevilla. Y el teléfono también ha cambiado: 655 123 987.\n\nGracias,\nCarmen López Navarro\n\nEnviado desde mi iPhone\n",
    R(["Rectification"], "carmenln@correo.example", "Carmen", "López Navarro"))

add("es-07-mayusculas-llamadas-club", "PACO JIMÉNEZ <pacojimenez1961@webmail.example>",
    "DEJEN DE LLAMARME",
    "DEJEN DE LLAMARME DEL CLUB PARA VENDERME EL ABONO DE LA TEMPORADA QUE VIENE. ME HAN LLAMADO CUATRO VECES ESTA SEMANA. NO QUIERO NI LLAMADAS NI SMS NI NADA. BORREN MI TELEFONO DE SUS LISTAS.\n\nFRANCISCO JIMENEZ MORA\n",
    R(["Opposition"], "pacojimenez1961@webmail.example", "Francisco", "Jiménez Mora"))

add("es-08-html-portabilidad-academia", "Marta Iglesias Pardo <marta.iglesias@correo.example>",
    "Mis notas y certificados",
    html("Buenas tardes:",
         "Fui alumna de la escuela de idiomas durante tres cursos (inglés B2 y C1). Me cambio a otra academia y me gustaría que me enviarais <b>mis datos en un formato que pueda abrir con el ordenador (Excel o CSV)</b>: resultados de los exámenes de nivel, asistencia y certificados, para poder dárselos a la nueva escuela.",
         "Muchas gracias,<br>Marta Iglesias Pardo<br>Tel. 612 345 678"),
    R(["Portability"], "marta.iglesias@correo.example", "Marta", "Iglesias Pardo"), ct=HTML)

add("es-09-abogado-cctv-agresion", "Ignacio Morales Vega <imorales@moralesabogados.example>",
    "Solicitud de imágenes de videovigilancia - mi cliente D. Óscar Ramos Blanco",
    "Estimados señores:\n\n"
    "Me dirijo a ustedes en nombre y representación de D. Óscar Ramos Blanco, según poder que se adjunta, quien el pasado 7 de noviembre sufrió una agresión a bordo del autobús de la línea 12 (matrícula 4421 KLM) hacia las 22:40.\n\n"
    "Al amparo del artículo 15 del RGPD, solicitamos la entrega de las grabaciones de las cámaras del vehículo en las que aparezca mi representado, así como que se conserven dichas imágenes mientras se tramita la denuncia presentada ante la Policía Nacional.\n\n"
    "Atentamente,\n\nIgnacio Morales Vega\nAbogado - Colegiado 45.678 ICAM\nMorales Abogados, S.L.P.\nTel. 91 555 12 34\n\n"
    "Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos nos lo comunique y proceda a su destrucción.\n",
    R(["Access"], "imorales@moralesabogados.example", "Óscar", "Ramos Blanco", representative="Ignacio Morales Vega"))

add("es-10-madre-hijo-academia", "Beatriz Castro <familia.castro.ruiz@casa.example>",
    "datos de mi hijo en la academia",
    "Hola, buenas.\n\nMi hijo Pablo Herrera Castro (14 años) estuvo apuntado al curso de verano de inglés. Ya no va a seguir y no quiero que sigáis teniendo sus datos, ni fotos, ni nada. Os pido que lo borréis todo, por favor. Soy su madre, si necesitáis el libro de familia os lo mando.\n\nBeatriz Castro Ruiz\n",
    R(["Erasure"], "beatriz.castro.ruiz@movil.example", "Pablo", "Herrera Castro", representative="Beatriz Castro Ruiz"),
    headers=["Reply-To: Beatriz Castro Ruiz <beatriz.castro.ruiz@movil.example>"])

add("es-11-heredero-socio-fallecido", "Tomás Domínguez Ferrer <tdominguezferrer@correo.example>",
    "Fallecimiento de socio nº 10432",
    "Buenos días,\n\nLes comunico que mi padre, D. Ernesto Domínguez Salas, socio número 10432 del club desde 1974, falleció el pasado mes de septiembre. Como heredero, les pido que den de baja su carnet de socio y que eliminen sus datos personales de sus sistemas, y que dejen de enviar correspondencia a su nombre, que a mi madre le resulta muy doloroso.\n\nAdjunto certificado de defunción y declaración de herederos.\n\nUn saludo,\nTomás Domínguez Ferrer\n",
    R(["Erasure"], "tdominguezferrer@correo.example", "Ernesto", "Domínguez Salas", representative="Tomás Domínguez Ferrer"))

add("es-12-info-transferencias-coworking", "Elena Ruiz <elena@estudioruiz.example>",
    "Pregunta sobre dónde guardan los datos",
    "Hola,\n\nSoy usuaria del coworking (puesto fijo). Antes de renovar me gustaría saber dónde se alojan los datos de los usuarios (control de acceso, reservas de salas): ¿se transfieren fuera de la UE, por ejemplo a servidores en EE. UU.? ¿Y con qué empresas los compartís? No os pido copia de nada, solo información.\n\nGracias,\nElena Ruiz Santos\nEstudio Ruiz - Diseño gráfico\n",
    R(["Information"], "elena@estudioruiz.example", "Elena", "Ruiz Santos"))

add("es-13-limitacion-multa-recurso", "David Ortiz Campos <david.ortiz.campos@correo.example>",
    "Multa recurrida - no cedan mis datos",
    "Hola,\n\nHe recurrido la sanción nº S-2026-08812 que me pusieron en el metro ligero porque el número de DNI que figura no es el mío (creo que confundieron mis datos con los de otra persona). Mientras se resuelve el recurso les pido que limiten el tratamiento de mis datos: que no los envíen a la empresa de cobros ni a ningún fichero de morosos.\n\nDavid Ortiz Campos\n",
    R(["Restriction"], "david.ortiz.campos@correo.example", "David", "Ortiz Campos"))

add("es-14-decision-automatica-descuento", "Nerea Etxeberria Zubiri <nerea.etxeberria@posta.example>",
    "Denegación automática tarifa joven",
    "Kaixo / Hola:\n\nSolicité por la app el título de transporte joven y a los dos minutos me llegó un correo diciendo que \"no cumplo los requisitos\" sin más explicación. Tengo 24 años y estoy empadronada en la provincia. Entiendo que lo ha decidido un sistema automático. Quiero que una persona revise mi solicitud y me expliquen en qué se basó la decisión, tal como dice el artículo 22 del RGPD.\n\nEskerrik asko,\nNerea Etxeberria Zubiri\n",
    R(["AutomatedDecision"], "nerea.etxeberria@posta.example", "Nerea", "Etxeberria Zubiri"))

add("es-15-mx-acceso-e-info-libreria", "Guadalupe Hernández Treviño <lupita.hdz@correo-mx.example>",
    "Solicitud de mis datos personales",
    "Buen día,\n\nLes escribo desde Monterrey. Les compré varios libros en su tienda en línea y ahora me aparecen anuncios de ustedes por todos lados. Quisiera saber qué datos personales míos tienen, me mandan una copia por favor, y también con quién los compartieron para la publicidad.\n\nQuedo atenta a sus comentarios.\nSaludos cordiales,\nGuadalupe Hernández Treviño\n",
    R(["Access", "Information"], "lupita.hdz@correo-mx.example", "Guadalupe", "Hernández Treviño"))

add("es-16-ar-voseo-borrar-y-no-molestar", "Facundo Benítez <facu.benitez@correo-ar.example>",
    "che, sáquenme de todo",
    "Hola, ¿qué tal? Me registré una vez en la librería online para comprar un regalo y desde entonces me llegan mails todas las semanas. Borrá mi cuenta y mis datos por favor, y no me manden más promociones. Si necesitás algo más avisame.\n\nAbrazo,\nFacundo Benítez\n",
    R(["Erasure", "Opposition"], "facu.benitez@correo-ar.example", "Facundo", "Benítez"))

add("es-17-familia-replyto-vet-publicidad", "Familia Romero Sáez <romerosaez@casa.example>",
    "publicidad clínica veterinaria",
    "Buenas,\n\nSoy Inés, la dueña de Thor (el golden). No quiero que me sigáis mandando promociones de piensos y de la peluquería canina por WhatsApp ni por correo, solo los recordatorios de las vacunas. Contestadme a mi correo personal, por favor.\n\nInés Romero Sáez\n",
    R(["Opposition"], "ines.romero.saez@correo.example", "Inés", "Romero Sáez"),
    headers=["Reply-To: ines.romero.saez@correo.example"])

add("es-18-colega-reenvia-cliente", "Raquel Moreno <raquel.moreno@acme-corp.example>",
    "RV: Quiero saber qué datos tenéis",
    "Hola equipo de privacidad, os reenvío esto que ha llegado al buzón de atención al cliente de la librería. Creo que os toca a vosotros.\n\nRaquel Moreno\nAtención al cliente - Librería online\nAcme Group\n\n"
    "-----Mensaje original-----\nDe: Sergio Vidal Prats <sergio.vidal.prats@correo.example>\nEnviado el: domingo, 15 de noviembre de 2026 19:02\nPara: atencion@acme-corp.example\nAsunto: Quiero saber qué datos tenéis\n\n"
    "Buenas, quiero saber qué datos personales guardáis de mí, con el historial de pedidos incluido. Y ya que estáis, mi segundo apellido está mal escrito en la cuenta: es Prats, no Prat.\n\nSergio Vidal Prats\n",
    R(["Access", "Rectification"], "sergio.vidal.prats@correo.example", "Sergio", "Vidal Prats"))

add("es-19-adjunto-reenvio-socio", "Javier Gil <javier.gil@acme-corp.example>",
    "Fwd: petición socio",
    "",
    R(["Erasure"], "amparo.soler@correo.example", "Amparo", "Soler Llorens"),
    note="Os mando adjunto el correo de una socia que pide la baja de sus datos. Entró por la taquilla del club.\n\nJavier Gil\nDepartamento de Abonados\n",
    attached=("Amparo Soler Llorens <amparo.soler@correo.example>", "Baja como socia y borrado de datos",
              "Hola, me he dado de baja como socia del club este año. Quiero que eliminéis todos mis datos, incluida la foto del carnet.\n\nAmparo Soler Llorens\n"))

add("es-20-empleada-datos-propios", "Silvia Cabrera Montes <silvia.cabrera@acme-corp.example>",
    "Solicitud de acceso a mis propios datos",
    "Hola,\n\nTrabajo como conductora en la línea 5. Quería pedir, a título personal, una copia de los datos que la empresa tiene sobre mí del sistema de geolocalización de los autobuses y de las cámaras de la cabina, porque mi jefe de turno me ha abierto un expediente basándose en ellos.\n\nGracias,\nSilvia Cabrera Montes\n",
    R(["Access"], "silvia.cabrera@acme-corp.example", "Silvia", "Cabrera Montes"))

add("es-21-firmar-contrato-encargado", "Álvaro Medina <alvaro.medina@startupverde.example>",
    "Contrato de encargado del tratamiento",
    "Hola,\n\nSomos una startup que alquila una oficina privada en vuestro coworking. Nuestro cliente nos pide que tengamos firmado un contrato de encargo del tratamiento (art. 28 RGPD) con todos los proveedores que puedan acceder a datos, incluido el coworking por el servicio de recepción de paquetería. Os adjunto nuestro modelo de DPA: ¿nos lo podéis devolver firmado?\n\nSaludos,\nÁlvaro Medina\nCOO - StartupVerde S.L.\n",
    R(["Unknown"], "alvaro.medina@startupverde.example", "Álvaro", "Medina"))

add("es-22-factura-abono", "Luis Carrasco <luiscarrasco@correo.example>",
    "factura abono temporada",
    "Buenas, necesito la factura del abono de temporada a nombre de mi empresa para desgravármelo. ¿Me la podéis mandar? Socio 22871.\nLuis Carrasco\n",
    R(["Unknown"], "luiscarrasco@correo.example", "Luis", "Carrasco"))

add("es-23-cp1252-fecha-nacimiento", "Montserrat Aguilar Peña <montse.aguilar@correo.example>",
    "Fecha de nacimiento errónea",
    "Hola:\n\nEn mi carnet de socia pone que nací en 1985 y es 1958 (están los números al revés). Por eso no me aplican el descuento de mayores de 65 años. ¿Pueden corregirlo? Adjunto foto del DNI.\n\nGracias – Montserrat Aguilar Peña\n",
    R(["Rectification"], "montse.aguilar@correo.example", "Montserrat", "Aguilar Peña"),
    encode="cp1252", ct=CP1252)

add("es-24-sin-nombre-acceso-portab", "cliente.87654@webmail.example",
    "mis datos",
    "Quiero una copia de mis datos y que me la mandéis en formato csv para llevármelos a otra tienda. Mi cuenta es este mismo correo.\n",
    R(["Access", "Portability"], "cliente.87654@webmail.example"))

add("es-25-co-info-conservacion-camaras", "Andrés Felipe Quintero <afquintero@correo-co.example>",
    "¿Cuánto tiempo guardan las grabaciones?",
    "Cordial saludo.\n\nEstoy de intercambio en España y uso el autobús a diario. Quisiera saber cuánto tiempo conservan las grabaciones de las cámaras de los buses y quién puede verlas (¿la policía?, ¿empresas externas?).\n\nMuchas gracias de antemano,\nAndrés Felipe Quintero Ospina\n",
    R(["Information"], "afquintero@correo-co.example", "Andrés Felipe", "Quintero Ospina"))

# ---------------------------------------------------------------- tasks
add("es-26-tarea-contrato-ticketing", "Cristina Vázquez Rey <cristina.vazquez@acme-corp.example>",
    "Revisión contrato nuevo proveedor de venta de entradas",
    "Hola,\n\nDesde el club vamos a cambiar de plataforma de venta de entradas (TicketNova). Nos han mandado su contrato de encargado del tratamiento y el anexo de medidas de seguridad. ¿Podéis revisarlo antes del día 30? Tratarán datos de unos 40.000 abonados.\n\nGracias,\nCristina Vázquez Rey\nResponsable de Ticketing\nAcme Group - Club\nExt. 4521\n",
    TASK("cristina.vazquez@acme-corp.example", "Cristina", "Vázquez Rey"))

add("es-27-tarea-eipd-camaras", "Rubén Molina <ruben.molina@acme-corp.example>",
    "EIPD cámaras interiores nuevos autobuses",
    "Buenos días,\n\nEn enero llegan 30 autobuses nuevos con cámaras interiores de alta resolución y grabación de audio. Operaciones quiere activarlo todo. Imagino que hace falta una evaluación de impacto antes; ¿nos ayudáis a prepararla? Puedo organizar una reunión la semana que viene.\n\nRubén Molina\nJefe de Flota\n",
    TASK("ruben.molina@acme-corp.example", "Rubén", "Molina"))

add("es-28-tarea-registro-actividades-vet", "Patricia León <patricia.leon@acme-corp.example>",
    "Actualizar registro de actividades - nuevo software clínicas",
    "Hola, las clínicas veterinarias pasan a usar VetCloud desde el 1 de diciembre (historias clínicas, citas y recordatorios por SMS). Habría que actualizar el registro de actividades de tratamiento. Os paso la ficha técnica si la necesitáis.\n\nUn saludo,\nPatricia León\nDirección de Operaciones Clínicas\n",
    TASK("patricia.leon@acme-corp.example", "Patricia", "León"))

add("es-29-tarea-formacion-recepcion", "Hugo Santana <hugo.santana@acme-corp.example>",
    "formación protección de datos recepción coworking",
    "Hola! Tenemos tres recepcionistas nuevos en el coworking de Valencia. ¿Podéis darles la formación básica de protección de datos (registro de visitas, paquetería, cámaras)? Cualquier día de la semana próxima por la mañana nos va bien.\n\nHugo Santana\nCommunity Manager\n",
    TASK("hugo.santana@acme-corp.example", "Hugo", "Santana"))

# ---------------------------------------------------------------- incidents
add("es-30-portatil-robado", "Fernando Prieto <fernando.prieto@acme-corp.example>",
    "URGENTE: me han robado el portátil",
    "Hola,\n\nAnoche me robaron la mochila en el tren con el portátil de la empresa dentro. Tenía descargado un Excel con las multas pendientes de cobro (nombres, DNI y direcciones de unos 2.300 viajeros). El portátil tiene contraseña pero no sé si el disco estaba cifrado. Ya he puesto la denuncia en la comisaría. ¿Qué tengo que hacer?\n\nFernando Prieto\nDepartamento de Sanciones\nTel. 600 112 233\n",
    INC("fernando.prieto@acme-corp.example", "Fernando", "Prieto"))

add("es-31-pedido-de-otro-cliente", "Noelia Crespo <noelia.crespo@correo.example>",
    "Me ha llegado el pedido de otra persona",
    "Hola,\n\nAl abrir mi cuenta en la librería online para ver el estado de mi pedido, me aparecen los pedidos de otra persona: su nombre, su dirección en Zaragoza y los últimos dígitos de su tarjeta. Creo que es un error grave de vuestra web. No he tocado nada. Os lo digo para que lo arregléis.\n\nNoelia Crespo\n",
    INC("noelia.crespo@correo.example", "Noelia", "Crespo"))

add("es-32-phishing-clic", "Adrián Rubio <adrian.rubio@acme-corp.example>",
    "creo que he picado en un phishing",
    "Hola, esta mañana me ha llegado un correo que parecía de Microsoft diciendo que mi contraseña caducaba. Le he dado al enlace y he metido usuario y contraseña. Luego me he dado cuenta de que la página era rara. Ya he cambiado la contraseña. Tengo acceso a la base de datos de alumnos de la escuela de idiomas. Lo siento mucho.\n\nAdrián Rubio\nSecretaría académica\n",
    INC("adrian.rubio@acme-corp.example", "Adrián", "Rubio"))

add("es-33-lista-abonados-en-copia", "Pilar Serrano Gómez <pilar.serrano.gomez@correo.example>",
    "He recibido un Excel con datos de todos los abonados",
    "Buenas tardes,\n\nHoy he recibido un correo del club sobre el cambio de asientos de la grada norte y llevaba adjunto un Excel con el nombre, DNI, teléfono y número de cuenta bancaria de cientos de abonados. Además se ha enviado con todos los correos en copia visible. Imagino que no era intencionado, pero deberían saberlo.\n\nPilar Serrano Gómez\nAbonada 31877\n",
    INC("pilar.serrano.gomez@correo.example", "Pilar", "Serrano Gómez"))

# ---------------------------------------------------------------- follow-ups
add("es-34-dsr-cuando", "Óscar Peña Lorenzo <oscar.pena.lorenzo@correo.example>",
    "RE: [DSR-48213] Hemos recibido su solicitud",
    "Hola, ha pasado casi un mes y todavía no tengo respuesta. ¿Cuándo me van a mandar la copia de mis datos?\n\nÓscar Peña\n\n"
    "El 20/10/2026 privacy@acme-corp.example escribió:\n> Estimado/a cliente:\n> Hemos recibido su solicitud de ejercicio de derechos, registrada con la referencia [DSR-48213].\n> Le responderemos en el plazo máximo de un mes.\n> Equipo de Privacidad - Acme Group\n",
    FU("48213", "oscar.pena.lorenzo@correo.example", "Óscar", "Peña Lorenzo"))

add("es-35-dsr-ademas-borrar", "Yolanda Marín <yolanda.marin@correo.example>",
    "Re: [DSR-51907] Acuse de recibo de su solicitud",
    "Gracias por la respuesta. Una cosa más: cuando me enviéis la copia, después quiero que borréis también mi cuenta de la escuela de idiomas.\n\nYolanda Marín Castillo\n\n"
    "-------- Mensaje original --------\nDe: Privacidad Acme Group <privacy@acme-corp.example>\nAsunto: [DSR-51907] Acuse de recibo de su solicitud\n\n"
    "Hemos recibido su solicitud de acceso. Referencia: DSR-51907.\n",
    FU("51907", "yolanda.marin@correo.example", "Yolanda", "Marín Castillo"))

add("es-36-irt-multa-sin-respuesta", "Rosario Fernández Gil <rosario.fgil@correo.example>",
    "Re: Reclamación multa línea 27 - EXIJO EXPLICACIONES",
    "Siguen sin contestarme. Les recuerdo que las imágenes se borran a los 30 días y las necesito. Si no me las mandan esta semana iré a la Agencia Española de Protección de Datos.\n\nRosario Fernández Gil\n",
    FU(ref("es-04-multa-autobus-enfadada"), "rosario.fgil@correo.example", "Rosario", "Fernández Gil"),
    headers=irt("es-04-multa-autobus-enfadada"))

# ---------------------------------------------------------------- ignored
add("es-37-spam-loteria", "Lotería Internacional <premios@loteria-ganadores.example>",
    "¡¡FELICIDADES!! Ha ganado 850.000 EUR",
    "Estimado ganador:\n\nSu dirección de correo ha sido seleccionada en el sorteo internacional de la Lotería Euro-Hispana. Ha ganado 850.000 EUR. Para reclamar su premio envíe su nombre completo, DNI, número de cuenta y una tasa de gestión de 250 EUR a nuestro agente.\n\nConforme a la normativa de protección de datos, sus datos serán eliminados tras el pago.\n\nDr. Ramón Estévez\nDepartamento de Premios\n",
    IGN("spam", "premios@loteria-ganadores.example"), headers=SPAM_HDR)

add("es-38-phishing-buzon-lleno", "Soporte Técnico <soporte@acme-corp-webmail.example>",
    "Aviso: su buzón privacy@acme-corp.example está lleno",
    "Su buzón ha superado el límite de almacenamiento (99 %). Los mensajes nuevos serán rechazados en 24 horas.\n\nVerifique su cuenta aquí para ampliar el espacio: http://acme-corp-webmail.example/verificar\n\nEquipo de Soporte TI\n",
    IGN("spam", "soporte@acme-corp-webmail.example"), headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-webmail.example")])

add("es-39-seo-rgpd-oferta", "Marketing Digital Pro <info@marketingdigitalpro.example>",
    "Posicionamiento SEO + adaptación RGPD para su web",
    "Hola,\n\nHemos analizado la web de su librería y hemos detectado 37 errores de SEO y que su política de cookies no cumple el RGPD. Por solo 199 EUR/mes le situamos en la primera página de Google y adaptamos su web a la normativa de protección de datos.\n\nSi no desea recibir más comunicaciones, responda BAJA y eliminaremos sus datos.\n\nUn saludo,\nMarketing Digital Pro\n",
    IGN("spam", "info@marketingdigitalpro.example"))

add("es-40-fuera-de-oficina-dsr", "Jorge Navarro Ibáñez <jorge.navarro@despacho.example>",
    "Respuesta automática: [DSR-50112] Su solicitud de acceso",
    "Gracias por su mensaje. Estaré fuera de la oficina hasta el 23 de noviembre sin acceso al correo. Para asuntos urgentes contacte con secretaria@despacho.example.\n\nJorge Navarro Ibáñez\n",
    IGN("auto_reply", "jorge.navarro@despacho.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("es-41-boletin-asociacion", "Boletín Protección de Datos Hoy <boletin@protecciondatoshoy.example>",
    "Boletín semanal nº 212: novedades de la AEPD",
    "NOVEDADES DE LA SEMANA\n\n- La AEPD publica una nueva guía sobre videovigilancia en transporte público.\n- Sanción de 200.000 EUR a una cadena de clínicas por enviar historiales por error.\n- Webinar: derechos de los interesados en el ámbito deportivo.\n\nPara darse de baja de este boletín pulse aquí.\n",
    IGN("bulk", "boletin@protecciondatoshoy.example"),
    headers=["List-Id: Boletin PDH <boletin.protecciondatoshoy.example>",
             "List-Unsubscribe: <mailto:baja@protecciondatoshoy.example>", "Precedence: bulk"])

add("es-42-rebote", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
