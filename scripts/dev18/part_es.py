from common import *  # part es: written blind

add("es-01-contraparte-desahucio", "Rubén Castillo Ortega <ruben.castillo.ortega@correo-mail.example>",
    "Solicitud de mis datos personales",
    """Buenos días:

Su despacho representa a la propiedad en el procedimiento de desahucio que se sigue contra mí en el Juzgado de Primera Instancia n.º 4 de Valencia. En la demanda aparecen datos de mi nómina y de mi cuenta bancaria que no sé cómo han obtenido.

Les solicito que me indiquen qué datos personales míos tienen, de dónde proceden y a quién se los han comunicado, y que me remitan una copia.

Atentamente,
Rubén Castillo Ortega
DNI 12345678Z
""",
    R(["Access"], "ruben.castillo.ortega@correo-mail.example", "Rubén", "Castillo Ortega"))

add("es-02-baja-boletin", "mjose.ferrer@telefonica-mail.example",
    "baja",
    "porfa dadme de baja del boletin juridico, gracias\n",
    R(["Opposition"], "mjose.ferrer@telefonica-mail.example"))

add("es-03-supresion-primera-consulta", "Lucía Navarro Gil <lucia.navarro.gil@mailbox-es.example>",
    "Borrado de mis datos",
    """Hola,

En agosto hice una consulta por vuestra web sobre una reclamación a mi aseguradora y me dijisteis que no podíais llevar el asunto. Os pedí presupuesto, os mandé el parte del accidente y un informe médico.

Como al final no hubo encargo, quiero que borréis todo lo que os envié y mis datos de contacto. No necesito que me mandéis nada, solo la confirmación de que está hecho.

Un saludo,
Lucía Navarro Gil
""",
    R(["Erasure"], "lucia.navarro.gil@mailbox-es.example", "Lucía", "Navarro Gil"))

add("es-04-segundo-apellido-latin1", "José Antonio Martínez Ibáñez <ja.martinez.ibanez@ono-mail.example>",
    "Error en mi segundo apellido",
    """Buenas tardes:

En el borrador de la escritura de compraventa y en sus facturas figura mi segundo apellido como "Ybáñez". Lo correcto es Ibáñez, con I latina, tal como consta en mi DNI. También ha cambiado mi domicilio: ahora vivo en calle Alcalá 245, 3.º B, 28028 Madrid.

Les ruego que lo corrijan antes de la firma.

Atentamente,
José Antonio Martínez Ibáñez
""",
    R(["Rectification"], "ja.martinez.ibanez@ono-mail.example", "José Antonio", "Martínez Ibáñez"),
    ct=LATIN1, encode="latin-1")

add("es-05-heredera-padre", "Carmen Delgado Ruiz <carmen.delgado.ruiz@correo-mail.example>",
    "Datos de mi padre fallecido",
    """Estimados señores:

Mi padre, D. Francisco Delgado Morales, falleció el pasado 20 de julio. Su notaría otorgó su testamento en 2018. Como heredera y en nombre también de mis hermanos, solicito conocer qué datos personales de mi padre conservan y obtener copia de los mismos, para poder tramitar la herencia con el banco.

Adjunto certificado de defunción y certificado de últimas voluntades.

Un cordial saludo,
Carmen Delgado Ruiz
Tel. 600 123 456
""",
    R(["Access"], "carmen.delgado.ruiz@correo-mail.example", "Francisco", "Delgado Morales",
      representative="Carmen Delgado Ruiz"))

add("es-06-portabilidad-abogado", "Álvaro Moreno Prieto <alvaro.moreno.prieto@jazz-mail.example>",
    "Traslado de documentación a mi nuevo abogado",
    """Hola,

He decidido cambiar de abogado para el concurso de acreedores de mi empresa. Os pido que enviéis la documentación que os facilité (hojas de cálculo de acreedores, extractos en formato digital, contratos escaneados) en formato electrónico estándar directamente a mi nuevo letrado, D. Ignacio Herrero, a la dirección despacho@herrero-abogados.example.

Gracias,
Álvaro Moreno Prieto
""",
    R(["Portability"], "alvaro.moreno.prieto@jazz-mail.example", "Álvaro", "Moreno Prieto"))

add("es-07-cesiones-terceros", "Inmaculada Romero Vázquez <inma.romero@correo-mail.example>",
    "Consulta sobre a quién se comunican mis datos",
    """Buenos días,

Soy clienta del despacho en un procedimiento de divorcio. Me gustaría saber a quién se comunican mis datos: procuradores, peritos, detectives, el juzgado, otros despachos... y durante cuánto tiempo se guardan una vez termine el asunto. No pido copia de nada, solo quiero entenderlo.

Muchas gracias,
Inmaculada Romero Vázquez
""",
    R(["Information"], "inma.romero@correo-mail.example", "Inmaculada", "Romero Vázquez"))

add("es-08-llamadas-comerciales", "Paco Jiménez <pacojimenez64@hotmail-es.example>",
    "llamadas",
    """hola me llaman de su despacho cada dos por tres ofreciendome reclamar por las clausulas suelo, yo ya reclame hace años. no quiero que me llamen mas ni que me escriban para ofertas, quitenme de sus listas y borren mi telefono que no se de donde lo sacaron

paco jimenez
""",
    R(["Opposition", "Erasure"], "pacojimenez64@hotmail-es.example", "Paco", "Jiménez"))

add("es-09-limitacion-reclamacion", "Nerea Etxeberria Aguirre <nerea.etxeberria@euskal-mail.example>",
    "Solicitud de limitación del tratamiento",
    """Estimados señores:

Su despacho gestiona el recobro de una supuesta deuda mía con Telecom Norte S.A. He presentado una reclamación ante la Junta Arbitral de Consumo porque la deuda es incorrecta.

Mientras se resuelve, solicito que limiten el tratamiento de mis datos: que no se utilicen para nuevas acciones de cobro ni se comuniquen a ficheros de morosos. No pido que se borren, ya que los necesitaré para el arbitraje.

Atentamente,
Nerea Etxeberria Aguirre
""",
    R(["Restriction"], "nerea.etxeberria@euskal-mail.example", "Nerea", "Etxeberria Aguirre"))

add("es-10-financiacion-rechazada", "Diego Herrera Campos <diego.herrera.campos@correo-mail.example>",
    "Rechazo automático de financiación de honorarios",
    """Buenas,

Solicité en vuestra web pagar los honorarios a plazos y el sistema me lo denegó al instante por "scoring insuficiente". Nadie ha revisado mi caso.

Quiero que una persona del despacho revise la decisión, poder explicar mi situación y que me digáis en qué se ha basado el sistema para rechazarme.

Diego Herrera Campos
""",
    R(["AutomatedDecision"], "diego.herrera.campos@correo-mail.example", "Diego", "Herrera Campos"))

add("es-11-madre-hija-fotos", "Silvia Ortiz Serrano <silvia.ortiz.serrano@correo-mail.example>",
    "Fotos de mi hija en vuestras redes",
    """Hola,

En la carrera solidaria que patrocinó vuestro despacho en octubre hicieron fotos a los niños participantes. Mi hija Martina García Ortiz, de 9 años, aparece en varias publicaciones de vuestro Instagram y en la web. Nadie nos pidió permiso.

Como su madre, os pido que eliminéis esas fotos y cualquier dato suyo que tengáis.

Silvia Ortiz Serrano
""",
    R(["Erasure"], "silvia.ortiz.serrano@correo-mail.example", "Martina", "García Ortiz",
      representative="Silvia Ortiz Serrano"))

add("es-12-reenvio-argentina", "Pablo Sánchez <p.sanchez@acme-corp.example>",
    "RV: cambio de mail y newsletter",
    """Equipo de privacidad: os reenvío lo que me escribió un cliente. ¿Lo podéis gestionar vosotros? Gracias. Pablo

-----Mensaje original-----
De: Federico Acosta <fede.acosta@fibertel-mail.example>
Enviado el: martes, 10 de noviembre de 2026 22:15
Para: Pablo Sánchez <p.sanchez@acme-corp.example>
Asunto: cambio de mail y newsletter

Hola Pablo, ¿cómo andás? Te cuento: el mail viejo (facosta@viejo-mail.example) ya no lo uso, anotá este nuevo en mi ficha por favor. Y ya que estamos, no me manden más el newsletter ese de derecho societario que no lo leo nunca.

Abrazo,
Fede Acosta
""",
    R(["Rectification", "Opposition"], "fede.acosta@fibertel-mail.example", "Federico", "Acosta"))

add("es-13-adjunto-chile", "Marta Rivas <m.rivas@acme-corp.example>",
    "RV: mis datos",
    "",
    R(["Access", "Rectification"], "catalina.munoz.soto@vtr-mail.example", "Catalina", "Muñoz Soto"),
    attached=("Catalina Muñoz Soto <catalina.munoz.soto@vtr-mail.example>", "mis datos",
              """Estimada Sra. Rivas:

Junto con saludar, le escribo para pedirle que me envíen toda la información personal que el estudio tiene registrada sobre mí desde que empezamos con el tema de la constitución de la sociedad. Necesito revisarla antes de firmar el pacto de socios. Aprovecho de avisarle que mi RUT quedó mal escrito en el borrador: es 15.432.876-K, no 15.423.876-K; por favor corríjanlo en sus registros.

Saludos cordiales,
Catalina Muñoz Soto
"""),
    note="Os paso la solicitud de una clienta de la oficina de Santiago. Marta Rivas, Asociada sénior")

add("es-14-html-acceso-supresion", "Andrés Gallego Pastor <andres.gallego.pastor@correo-mail.example>",
    "Ejercicio de derechos",
    html("Buenas tardes:",
         "Hace unos meses asistí a un webinar de su despacho sobre herencias. Desde entonces recibo correos y me han llamado al móvil.",
         "Quisiera saber exactamente qué información mía tienen y, una vez me la envíen, que la eliminen por completo de sus sistemas.",
         "Un saludo,<br>Andrés Gallego Pastor"),
    R(["Access", "Erasure"], "andres.gallego.pastor@correo-mail.example", "Andrés", "Gallego Pastor"),
    ct=HTML)

add("es-15-provision-fondos", "Rosa María Cabrera <rosamaria.cabrera@correo-mail.example>",
    "Provisión de fondos",
    "Buenos días, ¿me pueden indicar el número de cuenta para hacer la provisión de fondos de la notaría para la firma del día 25? Gracias. Rosa María Cabrera\n",
    R(["Unknown"], "rosamaria.cabrera@correo-mail.example", "Rosa María", "Cabrera"))

add("es-16-mayusculas", "ENRIQUE SOLER <esoler@terra-mail.example>",
    "BORREN MIS DATOS YA",
    "NO SOY CLIENTE SUYO NI LO HE SIDO NUNCA. ME HAN MANDADO UNA CARTA SOBRE UNA HERENCIA DE UN TAL SOLER QUE NO CONOZCO. QUIERO QUE BORREN MI NOMBRE Y MI DIRECCION DE TODOS SUS ARCHIVOS.\n\nENRIQUE SOLER\n",
    R(["Erasure"], "esoler@terra-mail.example", "Enrique", "Soler"))

add("es-17-herencia-burofax", "Pilar Domínguez Reyes <pilar.dominguez.reyes@correo-mail.example>",
    "Queja y petición",
    """Buenas tardes:

Les escribo completamente indignada. Su despacho representa a mi cuñado en el reparto de la herencia de mi suegra. Entiendo que cada uno defienda lo suyo, pero lo que no entiendo es que me hayan enviado tres burofaxes a mi lugar de trabajo, donde los recibe la recepcionista y ya lo sabe toda la oficina.

Yo nunca les he dado esa dirección. Supongo que la sacaron de LinkedIn. Mi domicilio particular lo conocen perfectamente porque figura en el cuaderno particional.

Me opongo a que sigan utilizando mi dirección del trabajo para cualquier comunicación. Pueden escribirme a casa o a mi abogada, que ya les ha mandado sus datos.

Además, el tono de las cartas me parece intimidatorio y estoy valorando comentarlo en el Colegio de Abogados.

Pilar Domínguez Reyes
""",
    R(["Opposition"], "pilar.dominguez.reyes@correo-mail.example", "Pilar", "Domínguez Reyes"))

add("es-18-abogada-en-nombre", "Beatriz Fernández de la Vega <bfernandez@fdlv-abogados.example>",
    "Ejercicio del derecho de acceso en nombre de D. Javier Molina Santos",
    """Muy Sres. míos:

Actúo en nombre y representación de D. Javier Molina Santos, según poder que se acompaña, quien figura como parte contraria en un procedimiento en el que ustedes representan a Inversiones Levante, S.L.

Al amparo del artículo 15 del RGPD y del artículo 13 de la LOPDGDD, solicito que se facilite a mi mandante, a través de esta letrada, copia de los datos personales que traten sobre él, los fines del tratamiento, los destinatarios y el plazo de conservación.

Atentamente,

Beatriz Fernández de la Vega
Abogada - Colegiada n.º 45.678 ICAM
Fernández de la Vega Abogados
Tel. 91 555 12 34

Este mensaje es confidencial. Si lo ha recibido por error, notifíquelo al remitente y elimínelo.
""",
    R(["Access"], "bfernandez@fdlv-abogados.example", "Javier", "Molina Santos",
      representative="Beatriz Fernández de la Vega"))

add("es-19-task-firma-electronica", "Jorge Luis Peña <jl.pena@acme-corp.example>",
    "Contrato de encargo de tratamiento - plataforma de firma",
    """Hola,

Vamos a contratar FirmaYa para que los clientes firmen las hojas de encargo y los poderes en remoto. Nos han mandado su contrato de encargado del tratamiento. ¿Podéis revisarlo? Me preocupa que guarden los vídeos de verificación de identidad.

Jorge Luis Peña
Director de Operaciones
""",
    TASK("jl.pena@acme-corp.example", "Jorge Luis", "Peña"))

add("es-20-task-canal-denuncias", "Teresa Campos Muñoz <t.campos@acme-corp.example>",
    "RAT - canal de denuncias interno",
    """Buenos días,

Con la nueva política de cumplimiento vamos a poner en marcha el canal interno de denuncias para empleados (Ley 2/2023). Necesitamos incluir la actividad en el registro de actividades de tratamiento y redactar la cláusula informativa. ¿Os encargáis?

Gracias,
Teresa Campos Muñoz
Compliance Officer
""",
    TASK("t.campos@acme-corp.example", "Teresa", "Campos Muñoz"))

add("es-21-task-formacion", "Sergio Blanco <s.blanco@acme-corp.example>",
    "Formación protección de datos becarios",
    """Buenas,

En enero se incorporan 8 becarios del máster de acceso a la abogacía. ¿Podéis darles una sesión de protección de datos y secreto profesional en su semana de acogida? Con una hora vale.

Sergio (RR. HH.)
""",
    TASK("s.blanco@acme-corp.example", "Sergio", "Blanco"))

add("es-22-inc-mochila", "Adrián Vidal <a.vidal@acme-corp.example>",
    "Me han robado la mochila",
    """Buenas,

Esta mañana en el metro me han robado la mochila con el portátil del despacho y una carpeta con los originales de dos expedientes de extranjería (pasaportes, informes médicos). El portátil tiene contraseña; no estoy seguro de si el disco está cifrado. Ya he puesto la denuncia en comisaría.

Adrián Vidal
Abogado júnior
Enviado desde mi móvil
""",
    INC("a.vidal@acme-corp.example", "Adrián", "Vidal"))

add("es-23-inc-escritura-ajena", "Manuel Ortega Lozano <manuel.ortega.lozano@correo-mail.example>",
    "He recibido una escritura que no es mía",
    """Hola,

Al descargar de su área de clientes la copia simple de mi escritura de hipoteca me ha salido la escritura de otra persona, con su DNI, su dirección y el importe del préstamo. Lo he probado dos veces y pasa lo mismo. Me preocupa que alguien pueda estar viendo la mía.

Manuel Ortega Lozano
""",
    INC("manuel.ortega.lozano@correo-mail.example", "Manuel", "Ortega Lozano"))

add("es-24-inc-listado-clientes", "Elena Marín <e.marin@acme-corp.example>",
    "Error al enviar listado",
    """Hola,

Al mandar la invitación al desayuno de laboral he adjuntado por error el Excel de asistentes en lugar del programa. El Excel tiene nombre, empresa, teléfono y correo de unos 150 clientes. Ha salido a todos ellos.

Lo siento muchísimo, decidme qué hago.

Elena Marín
Marketing
""",
    INC("e.marin@acme-corp.example", "Elena", "Marín"))

add("es-25-fu-dsr", "Raúl Santana Medina <raul.santana.medina@correo-mail.example>",
    "RE: [DSR-20488] Hemos recibido su solicitud",
    """Buenas,

Han pasado ya 40 días desde este correo y no he recibido nada. Les recuerdo que el plazo es de un mes. ¿En qué punto está mi solicitud?

Raúl Santana

> Hemos recibido su solicitud con la referencia DSR-20488.
> Le responderemos en el plazo legal.
""",
    FU("20488", "raul.santana.medina@correo-mail.example", "Raúl", "Santana Medina"))

add("es-26-fu-gallego", "Andrés Gallego Pastor <andres.gallego.pastor@correo-mail.example>",
    "Re: Ejercicio de derechos",
    """Perdonen, se me olvidó indicar en mi correo anterior que el móvil en el que me llaman es el 654 321 987, por si les sirve para localizarme en sus sistemas.

Andrés Gallego
""",
    FU(ref("es-14-html-acceso-supresion"), "andres.gallego.pastor@correo-mail.example", "Andrés", "Gallego Pastor"),
    headers=irt("es-14-html-acceso-supresion"))

add("es-27-spam-loteria", "Loteria Internacional <premios@loteria-int-online.example>",
    "¡ENHORABUENA! Su dirección ha ganado 950.000 EUR",
    """Estimado ganador:

Su dirección de correo electrónico ha sido seleccionada en nuestro sorteo internacional. Para reclamar su premio de 950.000 EUR envíe sus datos personales (nombre, DNI, cuenta bancaria) a nuestro agente jurídico.

Sus datos serán tratados conforme al RGPD.

Departamento de Premios
""",
    IGN("spam", "premios@loteria-int-online.example"),
    headers=SPAM_HDR)

add("es-28-spam-borrado-internet", "ReputaciónOnline <info@borramos-tus-datos.example>",
    "Eliminamos sus datos personales de Internet",
    """Hola,

¿Aparece su nombre o el de sus socios en buscadores, foros o sentencias publicadas? Nuestro equipo de expertos elimina cualquier dato personal de Internet en 72 horas. Derecho al olvido garantizado o le devolvemos el dinero.

Pida presupuesto sin compromiso respondiendo a este correo.

Para no recibir más comunicaciones, haga clic aquí.
""",
    IGN("spam", "info@borramos-tus-datos.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="borramos-tus-datos.example")])

add("es-29-fuera-oficina", "Ana Belén Torres <abtorres@constructora-torres.example>",
    "Respuesta automática: Confirmación de asistencia",
    """Gracias por su mensaje. Estaré fuera de la oficina hasta el 24 de noviembre sin acceso al correo. Para asuntos urgentes, contacte con administracion@constructora-torres.example.

Ana Belén Torres
""",
    IGN("auto_reply", "abtorres@constructora-torres.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("es-30-rebote", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Delivery Status Notification (Failure)",
    "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"),
    dsn=True)
