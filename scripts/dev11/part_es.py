from common import *  # part es: written blind

# ---------------------------------------------------------------- solicitudes
add("es-01-derecho-acceso-renting",
    "María José Fernández Ruiz <mj.fernandezruiz@correo.example>",
    "Ejercicio del derecho de acceso (art. 15 RGPD)",
    """Estimados señores:

Dña. María José Fernández Ruiz, con DNI 12345678-Z y domicilio en calle Alcalá 210, 4º B, 28028 Madrid, cliente de Acme Renting con contrato n.º RT-2023-40712, por medio del presente escrito ejerce el derecho de acceso previsto en el artículo 15 del Reglamento (UE) 2016/679 y en el artículo 13 de la LOPDGDD.

SOLICITA que se le facilite, en el plazo de un mes, copia de todos los datos de carácter personal que sobre su persona obran en sus ficheros, incluyendo los datos de geolocalización del vehículo, los resultados de la consulta a ficheros de solvencia y las grabaciones de llamadas, así como los fines del tratamiento y los destinatarios.

En Madrid, a 14 de noviembre de 2026.

María José Fernández Ruiz""",
    R(["Access"], "mj.fernandezruiz@correo.example", "María José", "Fernández Ruiz"))

add("es-02-una-linea-borrar",
    "besitos.sevilla@correo-rapido.example",
    "baja",
    """borrad mi cuenta de amora ya porfa""",
    R(["Erasure"], "besitos.sevilla@correo-rapido.example", None, None))

add("es-03-ubicacion-policia",
    "Rodrigo Alcántara Peña <rodrigo.alcantara@mimail.example>",
    "Pregunta sobre la geolocalización del coche",
    """Hola,

Tengo un coche de renting con el dispositivo Acme Connect. Quería saber si la ubicación del coche se comparte con la policía o con la DGT cuando la piden, durante cuánto tiempo guardáis el historial de posiciones y si la empresa de renting puede ver dónde aparco por las noches.

No necesito que me mandéis nada, solo que me lo expliquéis.

Gracias,
Rodrigo Alcántara""",
    R(["Information"], "rodrigo.alcantara@mimail.example", "Rodrigo", "Alcántara Peña"))

add("es-04-indignada-multa-recobro",
    "Lucía Martín Ocaña <lucia.martin.ocana@webcorreo.example>",
    "Estoy harta: multa que no es mía y empresa de recobro",
    """Buenas tardes:

Les escribo totalmente indignada. En septiembre alquilé un coche de AcmeShare en Valencia durante dos horas. Un mes después me llega un cargo de 200 € por una multa de la ORA de Barcelona, ¡una ciudad en la que ni siquiera estuve ese mes! Lo reclamé por la app, por teléfono y por escrito. Nadie me contesta con sentido, solo plantillas.

Ahora me llaman de una empresa de recobro diciendo que "tengo una deuda" con ustedes y que me van a meter en un fichero de morosos.

Mientras se resuelve mi reclamación (número REC-30021), exijo que limiten el tratamiento de mis datos: que no se comuniquen a la empresa de recobro ni a ningún fichero de solvencia, y que solo se conserven. No borren nada, que lo necesito como prueba.

Espero una respuesta seria esta vez.

Lucía Martín Ocaña
Tel. 612 345 678""",
    R(["Restriction"], "lucia.martin.ocana@webcorreo.example", "Lucía", "Martín Ocaña"),
    ct=CP1252, encode="cp1252")

add("es-05-html-exportar-conversaciones",
    "Valentina Quispe Mamani <valentina.quispe@correoandino.example>",
    "Exportar mi perfil y chats",
    html("Hola equipo de Amora:",
         "Voy a cerrar mi cuenta dentro de poco, pero antes me gustaría llevarme mis conversaciones y fotos en un archivo que pueda abrir en el ordenador o subir a otra aplicación (JSON, CSV, lo que sea estándar).",
         "¡Muchas gracias!<br>Valentina"),
    R(["Portability"], "valentina.quispe@correoandino.example", "Valentina", "Quispe Mamani"),
    ct=HTML)

add("es-06-falta-segundo-apellido",
    "Javier Gómez de la Serna <javier.gdls@proveedor.example>",
    "error en mis datos",
    """hola buenas

en el contrato de renting y en todas las cartas pone Javier Gomez solo, sin tildes y sin mi segundo apellido. Me llamo Javier Gómez de la Serna Ibáñez, y esto me está dando problemas con el seguro porque no coincide con el dni. porfavor corrijanlo

un saludo""",
    R(["Rectification"], "javier.gdls@proveedor.example", "Javier", "Gómez de la Serna Ibáñez"))

add("es-07-derechos-arco-cancelacion",
    "Fernando Ibáñez Cuesta <fernando.ibanez@telefonica-like.example>",
    "Derechos ARCO - cancelación",
    """Muy señores míos:

En ejercicio de mis derechos ARCO, solicito la cancelación de todos mis datos personales de sus ficheros de clientes del concesionario de Zaragoza, ya que hace más de cinco años que no mantengo ninguna relación comercial con ustedes.

Atentamente,
Fernando Ibáñez Cuesta""",
    R(["Erasure"], "fernando.ibanez@telefonica-like.example", "Fernando", "Ibáñez Cuesta"),
    ct=LATIN1, encode="latin-1")

add("es-08-madre-hijo-menor",
    "Rocío Benítez Morales <rocio.benitez@familia-correo.example>",
    "Mi hijo de 15 años tiene perfil en su aplicación",
    """Buenas noches:

Soy la madre de Adrián Serrano Benítez, de 15 años. He descubierto que se ha registrado en Amora haciéndose pasar por mayor de edad, con fotos suyas sin camiseta. Como su madre y representante legal, les pido que eliminen inmediatamente su perfil, sus fotos, sus mensajes y cualquier dato suyo.

Puedo enviarles el libro de familia y mi DNI si hace falta. Por favor, confírmenme a mí cuando esté hecho.

Rocío Benítez Morales""",
    R(["Erasure"], "rocio.benitez@familia-correo.example", "Adrián", "Serrano Benítez",
      representative="Rocío Benítez Morales"))

add("es-09-companero-reenvia-acceso",
    "Sergio Navarro <sergio.navarro@acme-corp.example>",
    "RV: Mis datos",
    """Hola equipo de privacidad:

Os reenvío el correo de un cliente que ha llegado al buzón del concesionario de Málaga. ¿Lo gestionáis vosotros?

Saludos,
Sergio Navarro
Jefe de ventas - Acme Motor Málaga

-------- Mensaje reenviado --------
De: Carlos Andrés Restrepo <carlos.restrepo@correo-co.example>
Fecha: 10 nov 2026 18:55
Para: malaga@acme-corp.example
Asunto: Mis datos

Buenas tardes. Compré un coche de segunda mano en su concesionario en 2024 y ahora recibo ofertas de financiación de una financiera que no conozco. Me gustaría que me enviaran una relación de todos los datos personales que tienen sobre mí, para ver qué han hecho con ellos.
Carlos Andrés Restrepo""",
    R(["Access"], "carlos.restrepo@correo-co.example", "Carlos Andrés", "Restrepo"))

add("es-10-adjunto-baja-publicidad",
    "Elena Castro <elena.castro@acme-corp.example>",
    "Solicitud de cliente",
    "",
    R(["Opposition"], "pilar.ortega.vidal@mimail.example", "Pilar", "Ortega Vidal"),
    attached=("Pilar Ortega Vidal <pilar.ortega.vidal@mimail.example>", "No más publicidad",
              """Hola:

Hace tiempo que alquilo coches de AcmeShare de vez en cuando y estoy contenta con el servicio, pero recibo tres o cuatro emails y SMS promocionales a la semana. No quiero recibir ninguna comunicación comercial más. Solo los mensajes necesarios de mis reservas.

Gracias,
Pilar Ortega Vidal"""),
    note="""Buenos días,

Os adjunto el correo de esta usuaria que ha entrado por atención al cliente de AcmeShare.

Un saludo,
Elena Castro
Atención al Cliente AcmeShare""")

add("es-11-renting-denegado-algoritmo",
    "Ahmed Bennani <ahmed.bennani@correo-web.example>",
    "Solicitud de renting rechazada automáticamente",
    """Hola,

He solicitado un renting para un Seat León por la web y me lo han rechazado al instante, sin que nadie revisara mi documentación. Llevo 12 años trabajando en la misma empresa.

Quiero que una persona revise mi solicitud y poder presentar mis argumentos, tal como dice el artículo 22 del RGPD. Y que me expliquen la lógica que ha seguido el sistema para rechazarme.

Ahmed Bennani""",
    R(["AutomatedDecision"], "ahmed.bennani@correo-web.example", "Ahmed", "Bennani"))

add("es-12-mayusculas-no-llamen",
    "Manuel Rodríguez <manolo.rodriguez@correoviejo.example>",
    "NO ME LLAMEN MAS",
    """LLEVO UN MES RECIBIENDO LLAMADAS DE SU CONCESIONARIO PARA QUE CAMBIE DE COCHE. NO QUIERO MAS LLAMADAS NI CORREOS NI NADA. QUITENME DE SUS LISTAS DE UNA VEZ""",
    R(["Opposition"], "manolo.rodriguez@correoviejo.example", "Manuel", "Rodríguez"))

add("es-13-no-borrar-ubicacion",
    "Daniela Ferreira Soto <daniela.ferreira@mailpro.example>",
    "Distancia exacta en el perfil",
    """Hola:

No quiero borrar mi cuenta, me gusta la app. Pero no me parece bien que mi perfil muestre a otros usuarios que estoy "a 300 metros". Dejad de usar mi ubicación precisa para eso, por favor. Con la ciudad es suficiente. Y el historial de ubicaciones exactas que tengáis guardado de estos meses, borradlo.

Daniela""",
    R(["Opposition", "Erasure"], "daniela.ferreira@mailpro.example", "Daniela", "Ferreira Soto"))

add("es-14-mexico-copia-y-baja",
    "Ximena Hernández Lozano <ximena.hdz@correomx.example>",
    "Solicitud de mis datos y cancelación de cuenta",
    """Buen día,

Estuve viviendo un año en Madrid y usé su servicio de carsharing. Ya regresé a México y no lo voy a volver a usar.

Quisiera solicitarles de favor dos cosas: primero, que me manden la información personal que tengan registrada de mí (incluyendo los viajes que hice), y después que den de baja mi cuenta y borren mis datos.

Quedo atenta, muchas gracias.
Ximena Hernández Lozano""",
    R(["Access", "Erasure"], "ximena.hdz@correomx.example", "Ximena", "Hernández Lozano"))

add("es-15-desconocido-cita-revision",
    "Antonio Vázquez <antonio.vazquez@proveedor-es.example>",
    "cita revisión",
    """Buenos días, quería pedir cita para la revisión de los 30.000 km de mi Tucson en el taller de Getafe. Matrícula 4521 LMN. Gracias. Antonio""",
    R(["Unknown"], "antonio.vazquez@proveedor-es.example", "Antonio", "Vázquez"))

add("es-16-viudo-esposa-fallecida",
    "José Luis Prieto <joseluis.prieto@correo-mayores.example>",
    "Cuenta de mi mujer fallecida",
    """Buenos días:

Mi esposa, Carmen Delgado Ruiz, falleció el pasado mes de agosto. Sigue recibiendo correos y cartas de su servicio de carsharing y del concesionario donde compramos el coche.

Como su viudo y heredero, les ruego que den de baja su cuenta y eliminen sus datos. Puedo aportar el certificado de defunción.

Gracias por su comprensión.
José Luis Prieto Sanz""",
    R(["Erasure"], "joseluis.prieto@correo-mayores.example", "Carmen", "Delgado Ruiz",
      representative="José Luis Prieto Sanz"))

add("es-17-abogada-supresion-oposicion",
    "Despacho Ruiz-Tagle Abogados <i.ruiztagle@ruiztagle-abogados.example>",
    "Nuestra representada Dña. Aurora Campos Medina",
    """Muy Sres. nuestros:

Actuamos en nombre y representación de Dña. Aurora Campos Medina, según poder que se adjunta.

Nuestra representada canceló su contrato de renting en febrero de 2026 de forma anticipada y pagó la penalización correspondiente. Sin embargo, sigue recibiendo llamadas diarias de su departamento comercial y de una empresa colaboradora.

Por la presente, en nombre de nuestra cliente:
1. Nos oponemos a cualquier tratamiento de sus datos con fines comerciales o de prospección.
2. Solicitamos la supresión de sus datos, salvo los que deban conservarse bloqueados por obligación legal.

Quedamos a la espera de su confirmación por escrito.

Atentamente,
Inés Ruiz-Tagle
Abogada, Colegiada ICAM n.º 88123""",
    R(["Opposition", "Erasure"], "i.ruiztagle@ruiztagle-abogados.example", "Aurora", "Campos Medina",
      representative="Inés Ruiz-Tagle"))

add("es-18-android-que-datos",
    "Raúl Moreno <raul.moreno@movilmail.example>",
    "datos",
    """q datos teneis mios?? mandamelos

Enviado desde mi smartphone Android""",
    R(["Access"], "raul.moreno@movilmail.example", "Raúl", "Moreno"))

add("es-19-catalan-portabilidad-seguro",
    "Núria Puig i Soler <nuria.puig@correu.example>",
    "Dades de conducció / datos de conducción",
    """Bon dia,

Perdonin que barregi idiomes. Tinc un cotxe de renting amb vostès i m'he canviat d'asseguradora. La nueva aseguradora me ofrece descuento si le paso el historial de conducción del boîtier Acme Connect.

¿Podrían enviarme los datos de conducción en formato estructurado (CSV o similar) o transmitirlos directamente a la aseguradora (dades@assegurances-mediterrania.example)?

Moltes gràcies,
Núria Puig i Soler""",
    R(["Portability"], "nuria.puig@correu.example", "Núria", "Puig i Soler"))

add("es-20-testamento-digital-replyto",
    "Familia Etxeberria <etxeberria.etxea@hogar.example>",
    "Testamento digital",
    """Kaixo,

Soy Itziar Etxeberria Goikoetxea. Estoy preparando mi testamento digital con el notario y querría saber cómo dejar instrucciones sobre mis datos y mi perfil en Amora y en su servicio de carsharing para cuando fallezca: quiero que se borre todo y que la persona designada sea mi hermana Miren.

Respondan por favor a mi correo personal, no al de la familia.

Eskerrik asko,
Itziar""",
    R(["AdvanceDirectives"], "itziar.etxeberria@personal-mail.example", "Itziar", "Etxeberria Goikoetxea"),
    headers=["Reply-To: Itziar Etxeberria <itziar.etxeberria@personal-mail.example>"])

add("es-21-orientacion-anuncios",
    "Pablo Serrano Gil <pablo.serrano.gil@correo-libre.example>",
    "¿Usáis mi orientación sexual para publicidad?",
    """Hola,

En mi perfil de Amora indico que busco hombres. ¿Esa información se comparte con anunciantes o se usa para mostrarme publicidad? ¿Se envía a alguna empresa fuera de la UE? Me preocupa bastante. Si es así, no autorizo que se use para publicidad, retiro ese consentimiento desde ya.

Un saludo,
Pablo""",
    R(["Information", "Opposition"], "pablo.serrano.gil@correo-libre.example", "Pablo", "Serrano Gil"))

# ---------------------------------------------------------------- tareas
add("es-22-tarea-contrato-encargado",
    "Marta Ríos <marta.rios@acme-corp.example>",
    "Revisión contrato de encargado del tratamiento - taller externo",
    """Hola,

Vamos a subcontratar el mantenimiento de la flota de carsharing de Madrid a Talleres Hermanos Soto. Tendrán acceso a los datos de los vehículos y a algunos datos de usuarios (incidencias). ¿Podéis revisar el contrato de encargado del tratamiento que nos han enviado?

Gracias,
Marta Ríos
Responsable de flota""",
    TASK("marta.rios@acme-corp.example", "Marta", "Ríos"))

add("es-23-tarea-eipd-reconocimiento",
    "Álvaro Jiménez <alvaro.jimenez@acme-corp.example>",
    "EIPD reconocimiento facial en la app",
    """Buenas,

Producto quiere que los usuarios de AcmeShare desbloqueen el coche con reconocimiento facial. Antes de seguir, ¿podéis hacer la evaluación de impacto (EIPD) y decirnos qué necesitáis?

Álvaro Jiménez
Product Manager""",
    TASK("alvaro.jimenez@acme-corp.example", "Álvaro", "Jiménez"))

add("es-24-tarea-registro-actividades",
    "Laura Sánchez <laura.sanchez@acme-corp.example>",
    "Actualizar RAT - nueva campaña de fidelización",
    """Hola equipo:

Marketing lanza en enero un programa de puntos para clientes de taller. Habría que incluirlo en el registro de actividades de tratamiento y revisar el texto de las cláusulas informativas. Os paso el briefing.

Laura Sánchez
Marketing""",
    TASK("laura.sanchez@acme-corp.example", "Laura", "Sánchez"))

# ---------------------------------------------------------------- incidentes
add("es-25-incidente-email-cc",
    "Beatriz Molina <beatriz.molina@acme-corp.example>",
    "He enviado un email con todos los clientes en copia",
    """Hola,

Acabo de enviar un correo informativo sobre la campaña de neumáticos a unos 300 clientes del concesionario de Alicante poniendo todas las direcciones en "Para" en vez de en CCO. Todos ven los correos de todos. Ya me han contestado dos quejándose.

¿Qué hago?

Beatriz Molina
Recepción taller""",
    INC("beatriz.molina@acme-corp.example", "Beatriz", "Molina"))

add("es-26-incidente-movil-robado",
    "Diego Castillo <diego.castillo@acme-corp.example>",
    "Robo móvil de empresa",
    """Hola,

Anoche me robaron el móvil de empresa en el metro. Tenía acceso al correo, al CRM y a las fotos de DNI que los clientes nos mandan por WhatsApp para las reservas de prueba. Tenía PIN de 4 cifras. Ya he hecho la denuncia.

Diego Castillo
Comercial flotas""",
    INC("diego.castillo@acme-corp.example", "Diego", "Castillo"))

add("es-27-incidente-externo-selfie-ajeno",
    "Irene Sáez <irene.saez@mimail-es.example>",
    "Veo la foto de verificación de otra persona",
    """Hola,

Al entrar en la sección de verificación de mi perfil en Amora, me aparece la foto-selfie de verificación de otra chica con su nombre y su documento de identidad, no la mía. Lo he comprobado dos veces. Me parece gravísimo.

Irene Sáez""",
    INC("irene.saez@mimail-es.example", "Irene", "Sáez"))

# ---------------------------------------------------------------- seguimiento
add("es-28-seguimiento-dsr",
    "Tomás Herrera <tomas.herrera@correo.example>",
    "RE: [DSR-66120] Hemos recibido su solicitud",
    """Buenos días:

Han pasado ya más de 30 días y no he recibido respuesta. Les recuerdo que puedo presentar reclamación ante la AEPD.

Tomás Herrera

----- Mensaje original -----
Su solicitud ha sido registrada con la referencia DSR-66120.""",
    FU("66120", "tomas.herrera@correo.example", "Tomás", "Herrera"))

add("es-29-seguimiento-respuesta-acceso",
    "María José Fernández Ruiz <mj.fernandezruiz@correo.example>",
    "RE: Ejercicio del derecho de acceso (art. 15 RGPD)",
    """Estimados señores:

Adjunto copia de mi DNI por ambas caras para acreditar mi identidad, en relación con la solicitud que les he enviado esta mañana.

Atentamente,
María José Fernández Ruiz""",
    FU(ref("es-01-derecho-acceso-renting"), "mj.fernandezruiz@correo.example", "María José", "Fernández Ruiz"),
    headers=irt("es-01-derecho-acceso-renting"))

# ---------------------------------------------------------------- ignorar
add("es-30-spam-adecuacion-lopd",
    "Consultoría LOPD Express <info@lopd-express.example>",
    "Su empresa podría ser sancionada por la AEPD",
    """Estimado cliente:

Le informamos de que su empresa no ha actualizado su adecuación a la normativa de protección de datos. Las sanciones pueden alcanzar los 20 millones de euros.

Nuestro servicio incluye auditoría, borrado seguro de datos y certificado de cumplimiento por solo 99 €/mes. Contrate hoy y obtenga un 50 % de descuento.

Para darse de baja responda BAJA.""",
    IGN("spam", "info@lopd-express.example"),
    headers=SPAM_HDR)

add("es-31-spam-loteria",
    "Loteria Internacional <premios@loteria-int.example>",
    "¡FELICIDADES! Ha ganado 850.000 EUR",
    """Estimado ganador:

Su dirección de correo ha sido seleccionada en nuestro sorteo internacional. Para reclamar su premio de 850.000 EUR, envíe sus datos personales (nombre, DNI, número de cuenta) a nuestro agente. Sus datos serán protegidos y eliminados tras el pago.

Tasa de gestión: 450 EUR.

Atentamente,
Departamento de Premios""",
    IGN("spam", "premios@loteria-int.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="loteria-int.example")])

add("es-32-fuera-oficina",
    "Jorge Pastor <jorge.pastor@consultora-seguridad.example>",
    "Respuesta automática: Cuestionario de seguridad",
    """Estaré fuera de la oficina hasta el 24 de noviembre. Para asuntos urgentes, contacte con oficina@consultora-seguridad.example.

Un saludo,
Jorge Pastor""",
    IGN("auto_reply", "jorge.pastor@consultora-seguridad.example"))

add("es-33-boletin",
    "Boletín Privacidad Hoy <boletin@privacidadhoy.example>",
    "Privacidad Hoy nº 145: la AEPD y los vehículos conectados",
    """Privacidad Hoy - nº 145

- La AEPD publica una guía sobre vehículos conectados
- Multa a una app de citas por no verificar la edad
- Curso online: delegado de protección de datos

Si no desea recibir este boletín, pulse aquí: https://privacidadhoy.example/baja""",
    IGN("bulk", "boletin@privacidadhoy.example"),
    headers=["List-Id: Privacidad Hoy <boletin.privacidadhoy.example>",
             "List-Unsubscribe: <https://privacidadhoy.example/baja>",
             "Precedence: bulk"])
